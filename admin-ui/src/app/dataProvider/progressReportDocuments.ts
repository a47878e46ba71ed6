import { gql } from '@apollo/client';

// The report workflow's GraphQL documents, used by progressReports.ts.

const REPORT_STATE = gql`
  fragment ReportState on ProgressReport {
    id
    status
    version
    updatedAt
  }
`;

export const REPORT_DETAIL = gql`
  query ReportDetail($id: ID!) {
    ProgressReport(id: $id) {
      id
      status
      version
      officeId
      programmeId
      periodId
      achievements
      challenges
      nextSteps
      returnReason
      submittedAt
      updatedAt
      period {
        id
        code
      }
      programme {
        id
        title
      }
      lines {
        id
        planItemId
        status
        percentComplete
        narrative
        challenges
        flagged
        reviewerComment
        planItem {
          id
          code
          title
          programmeOutcomeId
          componentIds
        }
      }
      results {
        id
        componentId
        value
        milestoneStatus
        narrative
        evidenceLinks
        disaggregations {
          dimension
          category
          value
        }
      }
      dueComponents {
        id
        label
        effectiveMeasure
        unit
        indicator {
          id
          code
          title
          outcome {
            id
            number
            title
          }
        }
      }
      changesSinceReturn {
        field
        before
        after
      }
    }
  }
`;

export const PROGRAMME_OUTCOMES = gql`
  query ReportProgrammeOutcomes($programmeId: ID!) {
    allProgrammeOutcomes(filter: { programmeId: $programmeId }, perPage: 500, sortField: "code", sortOrder: "ASC") {
      id
      code
      title
    }
  }
`;

export const MY_TASKS = gql`
  query MyReportingTasks {
    myReportingTasks {
      programmeId
      programmeTitle
      officeId
      periodId
      periodCode
      dueDate
      reportId
      status
      version
    }
  }
`;

export const CREATE = gql`
  mutation CreateProgressReport($programmeId: ID!, $periodId: ID!) {
    createProgressReport(programmeId: $programmeId, periodId: $periodId) {
      ...ReportState
    }
  }
  ${REPORT_STATE}
`;

export const UPDATE = gql`
  mutation UpdateProgressReport(
    $id: ID!
    $version: Int!
    $achievements: String
    $challenges: String
    $nextSteps: String
    $lines: [ReportLineInput!]
    $results: [ReportResultInput!]
  ) {
    updateProgressReport(
      id: $id
      version: $version
      achievements: $achievements
      challenges: $challenges
      nextSteps: $nextSteps
      lines: $lines
      results: $results
    ) {
      ...ReportState
    }
  }
  ${REPORT_STATE}
`;

export const SUBMIT = gql`
  mutation SubmitProgressReport($id: ID!, $version: Int!) {
    submitProgressReport(id: $id, version: $version) {
      ...ReportState
    }
  }
  ${REPORT_STATE}
`;

export const APPROVE = gql`
  mutation ApproveProgressReport($id: ID!) {
    approveProgressReport(id: $id) {
      ...ReportState
    }
  }
  ${REPORT_STATE}
`;

export const RETURN = gql`
  mutation ReturnProgressReport($id: ID!, $reason: String!, $lineComments: [LineCommentInput!]) {
    returnProgressReport(id: $id, reason: $reason, lineComments: $lineComments) {
      ...ReportState
    }
  }
  ${REPORT_STATE}
`;

/** Progress-report workflow calls; every failure is a ReportApiError. */
